# EmbeddingBag: sum, mean and max bags from offsets or 2-D input, an empty bag, padding_idx, gradients.
import torch
import torch.nn as nn
torch.manual_seed(0)
for mode in ('sum', 'mean', 'max'):
    bag = nn.EmbeddingBag(10, 4, mode=mode)
    print(bag)
    out = bag(torch.tensor([1, 2, 4, 5, 4, 3, 2, 9]), torch.tensor([0, 4, 4]))
    print(out, out.grad_fn)
    (out * torch.arange(12.).view(3, 4)).sum().backward()
    print(bag.weight.grad)
    print(bag(torch.tensor([[1, 2], [3, 3]])))
pb = nn.EmbeddingBag(5, 2, mode='sum', padding_idx=0)
print(pb, pb.weight[0], pb(torch.tensor([[0, 1], [0, 0]])))
e = nn.EmbeddingBag.from_pretrained(torch.arange(6.).view(3, 2))
print(e(torch.tensor([0, 1, 2, 2]), torch.tensor([0, 3])), e.weight.requires_grad)
print(nn.functional.embedding_bag(torch.tensor([0, 2]), torch.ones(3, 2), torch.tensor([0, 1, 2]), include_last_offset=True))
for bad in (lambda: nn.EmbeddingBag(3, 2)(torch.tensor([0, 1])), lambda: nn.EmbeddingBag(3, 2)(torch.tensor([[0, 1]]), torch.tensor([0]))):
    try: bad()
    except ValueError as err: print(err)
