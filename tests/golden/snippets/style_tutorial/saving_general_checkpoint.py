# "Saving and loading a general checkpoint": model, optimizer, epoch and loss in one dict.
import io
import torch
import torch.nn as nn
import torch.optim as optim

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 3)
        self.fc2 = nn.Linear(3, 2)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

torch.manual_seed(0)
net = Net()
optimizer = optim.SGD(net.parameters(), lr=0.001, momentum=0.9)
loss = nn.functional.cross_entropy(net(torch.randn(5, 4)), torch.tensor([0, 1, 1, 0, 1]))
loss.backward()
optimizer.step()
EPOCH = 5
buffer = io.BytesIO()
torch.save({'epoch': EPOCH, 'model_state_dict': net.state_dict(),
            'optimizer_state_dict': optimizer.state_dict(), 'loss': loss}, buffer)
buffer.seek(0)
model = Net()
opt2 = optim.SGD(model.parameters(), lr=0.5)
checkpoint = torch.load(buffer, weights_only=True)
model.load_state_dict(checkpoint['model_state_dict'])
opt2.load_state_dict(checkpoint['optimizer_state_dict'])
print(checkpoint['epoch'], checkpoint['loss'])
print(sorted(checkpoint.keys()))
print(opt2)
print(opt2.state_dict()['state'][1]['momentum_buffer'])
model.eval()
print(model.training, model.fc1.training)
