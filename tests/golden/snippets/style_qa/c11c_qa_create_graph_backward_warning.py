# Q: what is the warning about backward(create_graph=True) and a reference cycle?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w ** 3).sum()
loss.backward(create_graph=True)
print(w.grad, w.grad.requires_grad)
gnorm = w.grad.pow(2).sum()
w.grad = None
gnorm.backward()
print(w.grad)
w2 = torch.tensor([1.0, 2.0], requires_grad=True)
(g,) = torch.autograd.grad((w2 ** 3).sum(), w2, create_graph=True)
g.pow(2).sum().backward()
print(w2.grad)
