# Autograd graph: hooks on grad_fn nodes (prehook and hook) and the metadata dict
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a * 3
c = b.exp().sum()
node = b.grad_fn
print(node, node.name())
node.register_prehook(lambda grad_outputs: print("prehook", grad_outputs))
node.register_hook(lambda grad_inputs, grad_outputs: print("hook", grad_inputs, grad_outputs))
node.metadata["tag"] = "times-three"
print(node.metadata)
c.backward()
print(a.grad)
print(isinstance(node, torch.autograd.graph.Node), c.grad_fn.next_functions[0][0].next_functions[0][0] is node)
