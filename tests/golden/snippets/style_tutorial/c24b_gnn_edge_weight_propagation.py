# weighted edges: messages scaled by edge_weight before summing
import torch

x = torch.tensor([[1., 1.], [2., 0.], [0., 3.]])
ei = torch.tensor([[0, 1, 2, 2], [1, 2, 0, 1]])
w = torch.tensor([0.5, 2.0, 1.0, -1.0], requires_grad=True)
msg = x[ei[0]] * w.unsqueeze(-1)
out = torch.zeros(3, 2).index_add(0, ei[1], msg)
print(out)
out.pow(2).sum().backward()
print(w.grad)
print(msg.grad_fn, out.grad_fn)
