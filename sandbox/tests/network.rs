//! The sandbox on the wire, against peers on 127.0.0.1: callbacks to a merchant URL without a
//! path, a merchant answer larger than the sandbox reads, and connections that never finish their
//! request head. Every wait is bounded.

mod support;

use fpgo::callbacks::{verify, VerifyOptions};
use serde_json::json;
use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};
use support::{fixture, Sandbox, SECRET};

const WAIT: Duration = Duration::from_secs(10);

/// Reads a request head (up to the blank line, at most 64 KiB).
fn read_head(stream: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 65_536 {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => break,
        }
    }
    String::from_utf8_lossy(&head).into_owned()
}

/// A merchant on 127.0.0.1 that takes one connection, reads the request head and lets `answer`
/// reply; its port, and what the thread reports (the request head, then `answer`'s report).
fn merchant<F>(answer: F) -> (u16, mpsc::Receiver<(String, String)>)
where
    F: FnOnce(&mut TcpStream) -> String + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    listener.set_nonblocking(true).unwrap();
    thread::spawn(move || {
        let started = Instant::now();
        let mut stream = loop {
            match listener.accept() {
                Ok((s, _)) => break s,
                Err(_) if started.elapsed() < WAIT => thread::sleep(Duration::from_millis(20)),
                Err(_) => return,
            }
        };
        stream.set_nonblocking(false).unwrap();
        stream.set_read_timeout(Some(WAIT)).unwrap();
        stream.set_write_timeout(Some(WAIT)).unwrap();
        let head = read_head(&mut stream);
        let report = answer(&mut stream);
        let _ = tx.send((head, report));
    });
    (port, rx)
}

/// Creates a payment link calling back to `callback_url` and pays it on the checkout page.
fn pay_with_callback(sb: &Sandbox, callback_url: &str) -> String {
    let mut body = fixture("orders.sendPaymentLink");
    body["callback"] = json!({"callbackUrl": callback_url});
    let (status, created) = sb.api(
        "POST",
        "/api/v1/connect/orders/payment-link/create",
        Some(body),
    );
    assert_eq!(status, 201, "{created}");
    let uuid = created["data"]["uuid"].as_str().unwrap().to_string();
    let (status, _) = sb.form(
        &format!("/checkout/{uuid}/pay"),
        &[("paymentMethod", "visa")],
    );
    assert_eq!(status, 200);
    uuid
}

#[test]
fn callbacks_reach_a_url_without_a_path_signed() {
    let sb = Sandbox::start();
    let (port, rx) = merchant(|s| {
        s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
            .unwrap();
        String::new()
    });
    let uuid = pay_with_callback(&sb, &format!("http://127.0.0.1:{port}"));
    let (head, _) = rx
        .recv_timeout(WAIT)
        .expect("the merchant got the callback");
    let target = head.split(' ').nth(1).unwrap();
    assert!(
        target.starts_with(&format!("/?orderUuid={uuid}&status=PAID")),
        "{head}"
    );
    assert!(
        head.contains(&format!("\r\nhost: 127.0.0.1:{port}\r\n"))
            || head.contains(&format!("\r\nHost: 127.0.0.1:{port}\r\n")),
        "{head}"
    );
    let verified = verify(
        &format!("http://127.0.0.1:{port}{target}"),
        &[SECRET],
        &VerifyOptions::now(),
    )
    .unwrap();
    assert!(verified
        .raw
        .iter()
        .any(|(k, v)| k == "amount" && v == "51.00"));
    let sent = sb.callbacks(1);
    assert_eq!(sent[0]["responseStatus"], 200);
    assert_eq!(
        (
            sent[0]["responseBytes"].clone(),
            sent[0]["responseTruncated"].clone()
        ),
        (json!(2), json!(false))
    );
}

#[test]
fn a_callback_answer_larger_than_the_limit_is_cut_and_the_connection_closed() {
    let sb = Sandbox::start();
    const ANNOUNCED: usize = 100 << 20;
    let (port, rx) = merchant(|s| {
        let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {ANNOUNCED}\r\n\r\n");
        s.write_all(head.as_bytes()).unwrap();
        let chunk = [b'0'; 16_384];
        let mut written = 0;
        while written < ANNOUNCED {
            match s.write(&chunk) {
                Ok(n) => written += n,
                Err(e) => return format!("{written} {:?}", e.kind()),
            }
        }
        format!("{written} complete")
    });
    pay_with_callback(&sb, &format!("http://127.0.0.1:{port}/hook"));
    let sent = sb.callbacks(1);
    assert_eq!(sent[0]["responseStatus"], 200, "{sent:?}");
    assert_eq!(
        (
            sent[0]["responseBytes"].clone(),
            sent[0]["responseTruncated"].clone()
        ),
        (json!(65_536), json!(true))
    );
    let (_, report) = rx
        .recv_timeout(WAIT * 2)
        .expect("the merchant's writes ended");
    let (written, how) = report.split_once(' ').unwrap();
    assert_ne!(how, "complete", "the sandbox read the whole 100 MB");
    assert_ne!(how, "WouldBlock", "the sandbox left the connection open");
    assert_ne!(how, "TimedOut", "the sandbox left the connection open");
    assert!(written.parse::<usize>().unwrap() < ANNOUNCED);
}

/// Whether the server closes `stream` within [`WAIT`] (end of stream or a reset, with no answer).
fn closed_without_answer(mut stream: TcpStream) -> bool {
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let mut buf = [0u8; 256];
    match stream.read(&mut buf) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => matches!(
            e.kind(),
            ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted
        ),
    }
}

#[test]
fn connections_that_do_not_finish_their_request_head_are_closed() {
    let sb = Sandbox::start_with(&["--header-timeout-ms", "300"]);
    let addr = sb.base.strip_prefix("http://").unwrap();
    let silent = TcpStream::connect(addr).unwrap();
    let mut half = TcpStream::connect(addr).unwrap();
    half.write_all(b"GET /api/v1/connect/orders/status HTTP/1.1\r\nHost: sandbox\r\n")
        .unwrap();
    let mut idle = TcpStream::connect(addr).unwrap();
    idle.write_all(b"GET /__sandbox/requests HTTP/1.1\r\nHost: sandbox\r\n\r\n")
        .unwrap();
    idle.set_read_timeout(Some(WAIT)).unwrap();
    let mut answer = [0u8; 12];
    idle.read_exact(&mut answer).unwrap();
    assert_eq!(&answer, b"HTTP/1.1 200", "a complete request is answered");
    assert!(closed_without_answer(half), "a half-sent head is closed");
    assert!(
        closed_without_answer(silent),
        "a connection that sends nothing is closed"
    );
    let mut rest = Vec::new();
    assert!(
        idle.read_to_end(&mut rest).is_ok(),
        "a kept-alive connection is closed once idle"
    );
    let (status, _) = sb.call("GET", "/__sandbox/requests", None, None);
    assert_eq!(status, 200, "the server still answers");
}
