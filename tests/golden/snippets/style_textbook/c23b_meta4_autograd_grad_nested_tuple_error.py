import torch

x = torch.tensor(1.0, requires_grad=True)
y = x * 2
for bad in ([[x]], "x", None):
    try:
        torch.autograd.grad(y, bad, retain_graph=True)
    except Exception as e:
        print(type(e).__name__, str(e)[:100])
try:
    torch.autograd.grad([y, 3.0], x)
except Exception as e:
    print(type(e).__name__, str(e)[:100])
