# Q: repeated indices in an in-place index_put - gradients and values
import torch

src = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
buf = torch.zeros(3)
idx = torch.tensor([0, 0, 2])
out = buf.index_put((idx,), src, accumulate=True)
print(out)
out.sum().backward()
print(src.grad)
buf2 = torch.zeros(3).index_put_((torch.tensor([1, 1]),), torch.tensor([5.0, 7.0]), accumulate=True)
print(buf2)
