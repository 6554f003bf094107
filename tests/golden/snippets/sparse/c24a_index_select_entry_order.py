# index_select on a sparse COO tensor: the entries' order depends on whether the index is longer than nnz
import torch

ix = torch.tensor([[0, 2, 1, 2, 0], [0, 3, 1, 0, 2]])
R = torch.sparse_coo_tensor(ix, torch.tensor([1.0, 5.0, 3.0, 4.0, 2.0]), (3, 4))
short = R.index_select(0, torch.tensor([2, 0, -1]))
print(short)
long = R.index_select(1, torch.tensor([2, 0, 2, 1, 1, 0, 0, 0]))
print(long._indices(), long._values())
print(long.is_coalesced(), R.index_select(0, torch.tensor([1])).is_coalesced())
H = torch.sparse_coo_tensor(torch.tensor([[1, 0, 1]]), torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), (3, 2))
print(torch.index_select(H, 1, torch.tensor([1, 1])))
for bad in (torch.tensor([0], dtype=torch.int32), torch.tensor([3]), torch.tensor([-4])):
    try:
        R.index_select(0, bad)
    except IndexError as e:
        print(e)
