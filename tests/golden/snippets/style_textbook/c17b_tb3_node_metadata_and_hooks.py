# A graph node has a name, a metadata dict and hooks of its own.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * 2).relu()
node = y.grad_fn
print(node.name(), node.metadata, type(node.metadata).__name__)
node.metadata['tag'] = 'act'
print(y.grad_fn.metadata)
acc = node.next_functions[0][0].next_functions[0][0]
print(acc.name())
acc.register_prehook(lambda gs: print('into AccumulateGrad', gs))
y.sum().backward()
print(x.grad)
