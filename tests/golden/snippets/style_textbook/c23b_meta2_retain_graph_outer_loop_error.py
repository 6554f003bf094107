import torch

w = torch.tensor(1.0, requires_grad=True)
inner = (w - 3) ** 2
g, = torch.autograd.grad(inner, w, create_graph=True)
fast = w - 0.1 * g
outer1 = (fast - 2) ** 2
outer1.backward(retain_graph=True)
print(w.grad)
outer2 = (fast + 1) ** 2
outer2.backward()
print(w.grad)
outer3 = fast * 2
try:
    outer3.backward()
except RuntimeError as e:
    print(str(e)[:60])
