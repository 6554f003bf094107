# From the article "Pytorch AutoGrad Nedir ve Nasıl Çalışır": code blocks 1-3, run in sequence.
import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([2., 4.], requires_grad=True)

z = 6*x**2 - 2*y**3

print("X.grad = ", x.grad)
print("Y.grad = ", y.grad)
