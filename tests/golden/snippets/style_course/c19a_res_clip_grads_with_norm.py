# splitting clipping into get_total_norm and clip_grads_with_norm_
import torch
a = torch.nn.Parameter(torch.tensor([3.0, 4.0]))
b = torch.nn.Parameter(torch.tensor([12.0]))
a.grad = a.detach().clone(); b.grad = b.detach().clone()
total = torch.nn.utils.get_total_norm([a.grad, b.grad])
print(total)
torch.nn.utils.clip_grads_with_norm_([a, b], max_norm=6.5, total_norm=total)
print(a.grad, b.grad)
