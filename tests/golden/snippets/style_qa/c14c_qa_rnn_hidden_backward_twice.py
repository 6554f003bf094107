# Q&A: a recurrent state carried across iterations without detach makes the second backward
# reach into the freed graph of the first iteration; detaching the state fixes it.
import torch

torch.manual_seed(52)
W = torch.randn(2, 2, requires_grad=True)
h = torch.zeros(1, 2)
xs = torch.randn(3, 1, 2)
for step in range(2):
    try:
        h = torch.tanh(h @ W + xs[step])
        loss = h.pow(2).sum()
        loss.backward()
        print(step, loss.item())
    except RuntimeError as e:
        print(step, type(e).__name__, e)
W.grad = None
h = torch.zeros(1, 2)
for step in range(3):
    h = torch.tanh(h.detach() @ W + xs[step])
    h.pow(2).sum().backward()
print(W.grad)
