# Quiz 10: what does the hook on the intermediate see?
import torch

x = torch.tensor([2.0, 4.0], requires_grad=True)
y = x * 3
seen = []
y.register_hook(lambda g: seen.append(g.clone()))
z = (y ** 2).sum()
z.backward()
print("grad at y:", seen[0])
print("x.grad:", x.grad)
print("y.grad:", y.grad)
