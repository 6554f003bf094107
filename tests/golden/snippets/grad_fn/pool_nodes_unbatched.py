# Walking the graph of pooling layers, as a learner inspecting a small 3-D CNN would.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
vol = torch.randn(2, 4, 4, 4, requires_grad=True)  # (C, D, H, W): no batch dim
y = F.max_pool3d(vol, 2)
print(y.grad_fn, y.grad_fn.next_functions)
print(y.grad_fn._saved_kernel_size, y.grad_fn._saved_stride, y.grad_fn._saved_ceil_mode)
print(y.grad_fn._saved_result1.shape, y.grad_fn._saved_self.shape)

img = torch.randn(3, 6, 6, requires_grad=True)
p = F.max_pool2d(img, 3, stride=2, padding=1, ceil_mode=True)
print(p.grad_fn.name(), p.grad_fn._saved_padding, p.grad_fn._saved_stride, p.grad_fn._saved_dilation)
a = F.avg_pool2d(img, 2, count_include_pad=False)
print(a.grad_fn.name(), a.grad_fn._saved_stride, a.grad_fn._saved_divisor_override)

(g,) = torch.autograd.grad(y.sum() + p.sum(), vol, create_graph=True)
print(g.grad_fn, g.grad_fn.next_functions)
print(g.grad_fn._saved_indices.dtype)

s = torch.randn(3, 8, requires_grad=True)
m = F.max_pool1d(s, 2)
print(m.grad_fn, m.grad_fn.next_functions[0][0]._saved_kernel_size)
(g1,) = torch.autograd.grad(m.sum(), s, create_graph=True)
print(g1.grad_fn, g1.grad_fn._saved_dim)
print(F.adaptive_avg_pool2d(img, 1).grad_fn._saved_dim)
