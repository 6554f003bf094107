# torch.searchsorted: side, right, out_int32 and sorter
import torch

sorted_sequence = torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]])
values = torch.tensor([[3, 6, 9], [3, 6, 9]])
print(torch.searchsorted(sorted_sequence, values))
print(torch.searchsorted(sorted_sequence, values, side='right'))
sorted_sequence_1d = torch.tensor([1, 3, 5, 7, 9])
print(torch.searchsorted(sorted_sequence_1d, values, out_int32=True))
unsorted = torch.tensor([5, 1, 9, 3, 7])
sorter = torch.argsort(unsorted)
print(torch.searchsorted(unsorted, torch.tensor([4, 8]), sorter=sorter))
print(torch.searchsorted(sorted_sequence_1d, 6))
