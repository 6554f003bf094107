import torch

# Q3. Why does the second backward fail, and how do you fix it?
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = (a.exp() * a).sum()
b.backward()
try:
    b.backward()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(".")[0])
c = (a.exp() * a).sum()
c.backward(retain_graph=True)
c.backward()
print(a.grad)
