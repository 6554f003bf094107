# prod's gradient with zeros in a slice is the product of the others (it was NaN), and in PyTorch's order without
import torch
x = torch.tensor([[1., 0., 3.], [2., 4., 5.], [0., 0., 2.]], requires_grad=True)
x.prod(1).sum().backward(); print(x.grad)
x.grad = None; x.prod(0, keepdim=True).sum().backward(); print(x.grad)
x.grad = None; x.prod().backward(); print(x.grad)
y = torch.tensor([1., 0., 3.], requires_grad=True); y.prod().backward(); print(y.grad)
torch.manual_seed(0)
z = (torch.randn(5, 7) + 0.5).requires_grad_(); z.prod(1).backward(torch.randn(5)); print(z.grad)
z.grad = None; z.prod().backward(); print(z.grad)
w = torch.tensor([[1., 0., 3.], [2., 4., 5.]], requires_grad=True)
g, = torch.autograd.grad(w.prod(1).sum(), w, create_graph=True)
print(g); g.sum().backward(); print(w.grad)
print(torch.tensor([[2.]], requires_grad=True).prod(1))
