# Q: are my weights still requires_grad=True after updating them under torch.no_grad()? And new tensors?
import torch

w = torch.randn(2, 2, requires_grad=True)
with torch.no_grad():
    w.mul_(0.5)
    w2 = w * 2
    print(torch.is_grad_enabled(), w.requires_grad, w2.requires_grad, w2.grad_fn)
print(torch.is_grad_enabled(), w.requires_grad, w.is_leaf, w._version)
w3 = w * 2
print(w3.requires_grad, type(w3.grad_fn).__name__)

@torch.no_grad()
def predict(m, x):
    return m(x)

m = torch.nn.Linear(2, 1)
out = predict(m, torch.ones(1, 2))
print(out.requires_grad, out.grad_fn)
with torch.no_grad():
    with torch.enable_grad():
        z = (w * 3).sum()
print(z.requires_grad)
torch.set_grad_enabled(False)
print((w + 1).requires_grad)
torch.set_grad_enabled(True)
print((w + 1).requires_grad)
with torch.inference_mode():
    t = torch.ones(2)
print(t.is_inference(), w.is_inference())
