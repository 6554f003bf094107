# 60-minute blitz, tensors: building, slicing, joining, in-place ops with a trailing underscore, and the numpy bridge.
import numpy as np
import torch

rows = [[4, 1, 3], [0, 2, 5]]
from_list = torch.tensor(rows)
from_arr = torch.from_numpy(np.array(rows, dtype=np.float32))
print(from_list, from_list.dtype, from_arr.dtype)
torch.manual_seed(1411)
print(torch.zeros_like(from_list), torch.rand_like(from_arr))
board = torch.arange(1.0, 17.0).view(4, 4)
board[1:3, 1:3] = 0
print("corner rows:", board[[0, -1]], "diag:", board.diagonal())
print(torch.stack([board[0], board[3]]).shape, torch.cat((board, board), dim=0).shape)
prod = board @ board.T
dest = torch.empty(4, 4)
torch.mul(board, 2, out=dest)
print(prod[0], dest[1])
total = board.sum()
print(total, total.item(), type(total.item()))
board.mul_(0.5).sub_(1)
print(board)
view = board.numpy()
board.clamp_(min=0)
view[0, 0] = 42
print(board[0])
