# Udacity CNN shape: conv/pool/dropout classifier, train and validation loss per epoch, "Saving model" when it improves.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 3, padding=1)
        self.conv2 = nn.Conv2d(6, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2, 2)
        self.fc1 = nn.Linear(8 * 2 * 2, 5)
        self.dropout = nn.Dropout(0.25)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(-1, 8 * 2 * 2)
        return self.fc1(self.dropout(x))


torch.manual_seed(1458)
model = Net()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
train_x, train_y = torch.randn(12, 3, 8, 8), torch.randint(0, 5, (12,))
valid_x, valid_y = torch.randn(6, 3, 8, 8), torch.randint(0, 5, (6,))
valid_loss_min = float('inf')
for epoch in range(1, 4):
    model.train()
    optimizer.zero_grad()
    loss = criterion(model(train_x), train_y)
    loss.backward()
    optimizer.step()
    train_loss = loss.item() * train_x.size(0) / len(train_x)
    model.eval()
    valid_loss = criterion(model(valid_x), valid_y).item()
    print('Epoch: {} \tTraining Loss: {:.6f} \tValidation Loss: {:.6f}'.format(epoch, train_loss, valid_loss))
    if valid_loss <= valid_loss_min:
        print('Validation loss decreased ({:.6f} --> {:.6f}).  Saving model ...'.format(valid_loss_min, valid_loss))
        valid_loss_min = valid_loss
