# From the article "Pytorch AutoGrad Nedir ve Nasıl Çalışır": code blocks 1-7, run in sequence (the last ends in a RuntimeError).
import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([2., 4.], requires_grad=True)

z = 6*x**2 - 2*y**3

print("X.grad = ", x.grad)
print("Y.grad = ", y.grad)

gradyant_parametre = torch.tensor([1., 1.])
z.backward(gradient=gradyant_parametre)

print("x için = ", 12 * x)
print("y için = ", -6 * y**2)

print("x.grad = ", x.grad)
print("y.grad = ", y.grad)

x = torch.tensor([1., 2.], requires_grad=False)
y = torch.tensor([2., 4.], requires_grad=False)
z = 6*x**2 - 2*y**3

gradyant_parametre = torch.tensor([1., 1.])
z.backward(gradient=gradyant_parametre)

print("X.grad = ", x.grad)
print("Y.grad = ", y.grad)
