import torch

# Exam B4-9. Two losses share a subgraph. Why does the second backward fail, and what are the grads?
w = torch.tensor(2.0, requires_grad=True)
h = w.exp()
l1 = h * 3
l2 = h.sin()
l1.backward(retain_graph=True)
print(w.grad)
l2.backward()
print(w.grad)
try:
    l1.backward()
except RuntimeError as e:
    print("third:", str(e)[:40])
