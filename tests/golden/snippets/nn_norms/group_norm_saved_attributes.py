# What GroupNorm's backward node keeps: the forward's per-group mean and 1/std (outputs 1 and 2
# of native_group_norm) and the sizes it ran with; saved tensors are freed by backward.
import torch

torch.manual_seed(0)
gn = torch.nn.GroupNorm(2, 4)
x = torch.randn(2, 4, 3, requires_grad=True)
y = gn(x)
node = y.grad_fn
print(node.name())
print(node._saved_N, node._saved_C, node._saved_HxW, node._saved_group, node._saved_eps)
print(node._saved_result1)
print(node._saved_result2)
print(node._saved_weight is gn.weight, node._saved_input is x)
print(torch.nn.functional.group_norm(x, 4).grad_fn._saved_weight)
y.sum().backward()
try:
    node._saved_result1
except RuntimeError as e:
    print("RuntimeError:", str(e)[:60])
