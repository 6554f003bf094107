# Quiz 10: what does the hook on the intermediate see?
import torch

inp = torch.tensor([2.0, 4.0], requires_grad=True)
mid = inp * 3
seen = []
mid.register_hook(lambda g: seen.append(g.clone()))
obj = (mid ** 2).sum()
obj.backward()
print("grad at mid:", seen[0])
print("inp.grad:", inp.grad)
print("mid.grad:", mid.grad)
