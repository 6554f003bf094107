# CS224N PyTorch tutorial: tensors from lists, dtype changes, and gradients accumulating over backward calls.
import torch

list_of_lists = [[1, 2, 3], [4, 5, 6]]
data = torch.tensor(list_of_lists)
print(data)
data = torch.tensor([[0, 1], [2, 3], [4, 5]], dtype=torch.float32)
print(data)
print(torch.zeros(2, 5), torch.ones(3, 4).dtype)
rr = torch.arange(1, 10)
print(rr, rr / 100, rr.view(3, 3))
print(rr.dtype, rr.float().dtype, rr.type(torch.float64).dtype)
x = torch.tensor([2.], requires_grad=True)
print(x.grad)
pred = x ** 2
pred.backward()
print(x.grad)
pred = x ** 2
pred.backward()
print(x.grad)
x.grad.zero_()
(x ** 3).backward()
print(x.grad)
matr = torch.arange(4).reshape(2, 2)
print(matr.numpy(), matr.shape, matr.size(), matr.size(1))
print(matr.T, matr.t(), matr.mT if matr.dim() == 2 else None)
