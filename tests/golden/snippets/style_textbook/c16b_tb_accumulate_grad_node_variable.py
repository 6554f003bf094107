# The leaf's AccumulateGrad node holds the leaf itself.
import torch

w = torch.ones(3, requires_grad=True)
y = (w * 4).mean()
mul_node = y.grad_fn.next_functions[0][0]
acc = mul_node.next_functions[0][0]
print(type(acc).__name__, acc.variable is w)
print(mul_node.next_functions[1])
y.backward()
print(w.grad)
print(w.grad_fn, w.is_leaf, y.is_leaf)
