# Conv2d, MaxPool2d and Flatten on 6x6 images: shapes and two training steps
import torch
import torch.nn as nn

class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 3, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(3 * 3 * 3, 2)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv(x)))
        print("after pool", tuple(x.shape))
        return self.fc(torch.flatten(x, 1))

torch.manual_seed(1642)
net = SmallCNN()
images = torch.randn(4, 1, 6, 6)
labels = torch.tensor([0, 1, 1, 0])
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for step in range(2):
    loss = nn.CrossEntropyLoss()(net(images), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
