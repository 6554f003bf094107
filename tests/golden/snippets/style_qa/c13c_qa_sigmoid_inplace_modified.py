# "why does my custom activation break backward only when I use the in-place version?"
import torch


def swish_inplace(t):
    return t.mul_(torch.sigmoid(t))


def swish(t):
    return t * torch.sigmoid(t)


w = torch.tensor([0.3, -0.7, 1.1], requires_grad=True)
h = w * 2.0
out = swish(h)
out.sum().backward()
print("out-of-place grad:", w.grad)
w.grad = None
h = w * 2.0
print("version before:", h._version)
out = swish_inplace(h)
print("version after:", h._version, out is h)
try:
    out.sum().backward()
except RuntimeError as e:
    print("backward failed:", str(e)[:90])
h2 = (w * 2.0).tanh()
h2[1:] = 0.0
h2.sum().backward()
print("tanh then slice assignment:", w.grad)
