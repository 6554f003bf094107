# A single row's softmax backward: the bits of every gradient element, for row lengths around the vector width
import torch
torch.manual_seed(3)
for n in range(17, 66, 2):
    x = (torch.randn(1, n) * 3).requires_grad_()
    y = torch.softmax(x, dim=1)
    y.backward(torch.randn(1, n))
    bits = x.grad.view(torch.int32)
    print(n, int(bits.sum()), int((bits * torch.arange(n)).sum()))
