# Quiz E5: backward(inputs=...) with non-leaves
import torch

a = torch.tensor(2.0, requires_grad=True)
b = a * 3
c = b * b
c.backward(inputs=[b], retain_graph=True)
print(a.grad, b.grad)
c.backward(inputs=(a, b))
print(a.grad, b.grad)
try:
    c.backward(inputs=[])
except RuntimeError as e:
    print("RuntimeError:", e)
