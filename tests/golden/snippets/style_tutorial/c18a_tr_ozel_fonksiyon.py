# Kendi autograd fonksiyonumuz: torch.autograd.Function
import torch

class Karesi(torch.autograd.Function):
    @staticmethod
    def forward(ctx, girdi):
        ctx.save_for_backward(girdi)
        return girdi ** 2

    @staticmethod
    def backward(ctx, gelen_gradyan):
        (girdi,) = ctx.saved_tensors
        return 2 * girdi * gelen_gradyan

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = Karesi.apply(x)
print("Çıktı:", y)
y.sum().backward()
print("Gradyan:", x.grad)
print("grad_fn tipi:", type(y.grad_fn).__name__)
