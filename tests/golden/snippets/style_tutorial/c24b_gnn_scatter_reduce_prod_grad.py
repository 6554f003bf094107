# product aggregation and its gradient, including a zero message
import torch

msg = torch.tensor([2., 3., 0., 4., 0.5], requires_grad=True)
dst = torch.tensor([0, 0, 1, 1, 1])
out = torch.ones(2).scatter_reduce(0, dst, msg, reduce="prod")
print(out)
out.backward(torch.tensor([1., 1.]))
print(msg.grad)
print(out.grad_fn)
