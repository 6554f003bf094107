# Udacity-style: Dropout network with train/valid losses per epoch and model.eval() for validation
import torch
from torch import nn, optim
import torch.nn.functional as F

class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(12, 16)
        self.fc2 = nn.Linear(16, 3)
        self.dropout = nn.Dropout(p=0.2)

    def forward(self, x):
        x = self.dropout(F.relu(self.fc1(x)))
        return F.log_softmax(self.fc2(x), dim=1)

torch.manual_seed(13)
X, Y = torch.randn(40, 12), torch.randint(0, 3, (40,))
model, criterion = Classifier(), nn.NLLLoss()
optimizer = optim.Adam(model.parameters(), lr=0.003)
train_losses, test_losses = [], []
for e in range(3):
    model.train()
    optimizer.zero_grad()
    loss = criterion(model(X[:30]), Y[:30])
    loss.backward()
    optimizer.step()
    with torch.no_grad():
        model.eval()
        log_ps = model(X[30:])
        test_loss = criterion(log_ps, Y[30:])
        accuracy = (log_ps.argmax(1) == Y[30:]).float().mean()
    train_losses.append(loss.item())
    test_losses.append(test_loss.item())
    print("Epoch: {}/{}.. ".format(e + 1, 3), "Training Loss: {:.3f}.. ".format(loss.item()),
          "Test Loss: {:.3f}.. ".format(test_loss), "Test Accuracy: {:.3f}".format(accuracy))
print(train_losses, test_losses)
