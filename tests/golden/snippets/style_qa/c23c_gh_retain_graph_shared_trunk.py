# Two losses sharing one trunk: the second backward needs retain_graph on the first.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = (w * 3).exp()
l1 = h.sum()
l2 = (h * 2).sum()
try:
    l1.backward()
    l2.backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split(".")[0])
w.grad = None
h = (w * 3).tanh()
(h.sum() + (h * 2).sum()).backward()
print(w.grad)
