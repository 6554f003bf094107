# Issue: "backward(inputs=...) on a non-leaf accumulates into .grad of the intermediate".
import torch

leaf = torch.tensor([1.0, 2.0], requires_grad=True)
mid = leaf * 3
out = (mid ** 2).sum()
out.backward(inputs=[mid], retain_graph=True)
print(mid.grad, leaf.grad)
out.backward(inputs=(leaf,))
print(leaf.grad, mid.grad)
