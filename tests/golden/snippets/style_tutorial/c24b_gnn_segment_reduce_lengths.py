# torch.segment_reduce with lengths, as some GNN code uses
import torch

data = torch.tensor([1., 2., 3., 4., 5., 6.], requires_grad=True)
lengths = torch.tensor([2, 3, 1])
for reduce in ("sum", "mean", "max", "min"):
    print(reduce, torch.segment_reduce(data, reduce, lengths=lengths))
out = torch.segment_reduce(data, "mean", lengths=lengths)
out.sum().backward()
print(data.grad)
