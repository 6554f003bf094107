# Lecture: calling backward more than once - retain_graph and gradient accumulation.
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([3.0, 0.5])
y = (w * x).sigmoid().sum()
for step in range(3):
    y.backward(retain_graph=True)
    print(step, w.grad)
w.grad.zero_()
y.backward()
print("after zero_:", w.grad)
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(".")[0])

hidden = (w * x).tanh()
head1 = hidden.sum()
head2 = (hidden ** 2).sum()
w.grad = None
head1.backward(retain_graph=True)
g1 = w.grad.clone()
head2.backward()
print(g1, w.grad - g1, w.grad)
