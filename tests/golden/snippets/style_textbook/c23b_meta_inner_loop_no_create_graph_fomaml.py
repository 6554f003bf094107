import torch

# First-order MAML: without create_graph the inner gradient is a constant
w = torch.tensor([1.0, -1.0], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [0.5, -1.0], [2.0, 0.0]])
y = torch.tensor([1.0, 0.0, 2.0])
inner = ((x @ w - y) ** 2).mean()
g, = torch.autograd.grad(inner, w)
print(g.requires_grad)
w_fast = w - 0.1 * g
print(w_fast.grad_fn.name())
outer = ((x @ w_fast - y) ** 2).mean()
outer.backward()
print(w.grad)
w2 = torch.tensor([1.0, -1.0], requires_grad=True)
inner = ((x @ w2 - y) ** 2).mean()
g, = torch.autograd.grad(inner, w2, create_graph=True)
outer = ((x @ (w2 - 0.1 * g) - y) ** 2).mean()
outer.backward()
print(w2.grad)
