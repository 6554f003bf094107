# Q: my helper is decorated with no_grad and now the loss has no grad_fn
import torch

@torch.no_grad()
def normalize(t):
    return (t - t.mean()) / t.std()

x = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
y = normalize(x)
print(y.requires_grad, y.grad_fn)
try:
    y.sum().backward()
except RuntimeError as err:
    print(err)
def normalize2(t):
    return (t - t.mean()) / t.std()
print(normalize2(x).grad_fn)
