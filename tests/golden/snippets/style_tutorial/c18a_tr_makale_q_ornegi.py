# Q = 3a^3 - b^2 örneği, external_grad ile geri yayılım
import torch

a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)
Q = 3 * a**3 - b**2
print("Q:", Q)
dış_gradyan = torch.tensor([1., 1.])
Q.backward(gradient=dış_gradyan)
print("a'nın gradyanı:", a.grad)
print("b'nin gradyanı:", b.grad)
print("9a^2 ile aynı mı?", torch.all(9 * a**2 == a.grad).item())
print("-2b ile aynı mı?", torch.all(-2 * b == b.grad).item())
