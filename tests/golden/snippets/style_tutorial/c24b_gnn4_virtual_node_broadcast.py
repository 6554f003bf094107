# a virtual node: graph embedding broadcast back to nodes via the batch vector
import torch

x = torch.arange(10.0).view(5, 2)
batch = torch.tensor([0, 0, 1, 1, 1])
vn = torch.zeros(2, 2).index_add(0, batch, x)
print(vn)
x_new = x + vn[batch]
print(x_new)
print(vn.index_select(0, batch).equal(vn[batch]))
