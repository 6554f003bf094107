# torch.no_grad as a decorator and context manager, torch.inference_mode, set_grad_enabled.
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)

@torch.no_grad()
def predict(x):
    return x @ w

@torch.inference_mode()
def fast_predict(x):
    return x @ w

x = torch.tensor([[3.0, 1.0], [0.5, 0.5]])
p = predict(x)
print(p, p.requires_grad, p.grad_fn)
q = fast_predict(x)
print(q, q.requires_grad, q.is_inference())
print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
with torch.set_grad_enabled(False):
    print((x @ w).requires_grad)
with torch.no_grad():
    with torch.enable_grad():
        print((x @ w).requires_grad)
torch.set_grad_enabled(False)
print((w * 2).requires_grad)
torch.set_grad_enabled(True)
print((w * 2).requires_grad)
try:
    (q * w).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    q.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(q.clone().is_inference())
