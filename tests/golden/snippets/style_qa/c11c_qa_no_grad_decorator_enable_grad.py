# Q: I decorated my eval function with @torch.no_grad() - can I still compute a gradient inside it?
import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)

@torch.no_grad()
def evaluate(x):
    out = (x * w).sum()
    with torch.enable_grad():
        inner = (x * w).sum()
    return out, inner

out, inner = evaluate(torch.tensor([1.0, 1.0]))
print(out, out.requires_grad)
print(inner, inner.requires_grad)
inner.backward()
print(w.grad)

@torch.enable_grad()
def train_step(x):
    return (x * w).pow(2).sum()

with torch.no_grad():
    loss = train_step(torch.tensor([1.0, 3.0]))
print(loss, loss.requires_grad)
torch.set_grad_enabled(False)
print((w * 2).requires_grad)
torch.set_grad_enabled(True)
print((w * 2).requires_grad)
