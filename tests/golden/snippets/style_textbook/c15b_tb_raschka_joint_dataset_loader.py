# A joint dataset class of (x, y) pairs and a shuffling DataLoader with a fixed seed.
import torch
from torch.utils.data import Dataset, DataLoader, TensorDataset

class JointDataset(Dataset):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __len__(self):
        return len(self.x)
    def __getitem__(self, idx):
        return self.x[idx], self.y[idx]

torch.manual_seed(1)
t_x = torch.rand([4, 3], dtype=torch.float32)
t_y = torch.arange(4)
joint = JointDataset(t_x, t_y)
for example in joint:
    print('  x: ', example[0], '  y: ', example[1])
print(len(TensorDataset(t_x, t_y)))
loader = DataLoader(dataset=joint, batch_size=2, shuffle=True)
for epoch in range(2):
    print(f'epoch {epoch+1}')
    for i, batch in enumerate(loader, 1):
        print(f'batch {i}:', 'x:', batch[0], '\n         y:', batch[1])
