# float16 nn.Linear / addmm: the bias joins the float sum, and the result is rounded to half once.
import torch

torch.manual_seed(0)
a = torch.randn(6, 5).half()
w = torch.randn(4, 5).half()
b = torch.randn(4).half()
out = torch.nn.functional.linear(a, w, b)
print(out)
print(out.float().tolist()[0])
print(torch.addmm(b, a, w.t(), beta=0.5, alpha=2.0))
print(torch.addmm(b, a, w.t()).equal(out), torch.mm(a, w.t()))
layer = torch.nn.Linear(5, 3).half()
print(layer(a))
print(layer(a.view(2, 3, 5)).shape, layer(a.view(2, 3, 5))[1])
