# From the article "Pytorch AutoGrad Nedir ve Nasıl Çalışır": code blocks 7 on its own (the requires_grad=False block), after the import.
import torch

x = torch.tensor([1., 2.], requires_grad=False)
y = torch.tensor([2., 4.], requires_grad=False)
z = 6*x**2 - 2*y**3

gradyant_parametre = torch.tensor([1., 1.])
z.backward(gradient=gradyant_parametre)

print("X.grad = ", x.grad)
print("Y.grad = ", y.grad)
