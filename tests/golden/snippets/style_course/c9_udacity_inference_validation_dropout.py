# Udacity intro course: a classifier with dropout and log_softmax, validation pass in eval mode, ps = exp(logps).
import torch
from torch import nn, optim
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.fc2 = nn.Linear(32, 16)
        self.fc3 = nn.Linear(16, 4)
        self.dropout = nn.Dropout(p=0.2)

    def forward(self, x):
        x = x.view(x.shape[0], -1)
        x = self.dropout(F.relu(self.fc1(x)))
        x = self.dropout(F.relu(self.fc2(x)))
        return F.log_softmax(self.fc3(x), dim=1)

torch.manual_seed(7)
images = torch.randn(96, 4, 4)
labels = (images.view(96, -1)[:, :4].argmax(1))
trainloader = DataLoader(TensorDataset(images[:64], labels[:64]), batch_size=16, shuffle=True)
testloader = DataLoader(TensorDataset(images[64:], labels[64:]), batch_size=16)
model = Classifier()
criterion = nn.NLLLoss()
optimizer = optim.Adam(model.parameters(), lr=0.003)
train_losses, test_losses = [], []
for e in range(3):
    running_loss = 0
    for imgs, lbls in trainloader:
        optimizer.zero_grad()
        loss = criterion(model(imgs), lbls)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
    test_loss = 0
    accuracy = 0
    with torch.no_grad():
        model.eval()
        for imgs, lbls in testloader:
            log_ps = model(imgs)
            test_loss += criterion(log_ps, lbls)
            ps = torch.exp(log_ps)
            top_p, top_class = ps.topk(1, dim=1)
            equals = top_class == lbls.view(*top_class.shape)
            accuracy += torch.mean(equals.type(torch.FloatTensor))
    model.train()
    train_losses.append(running_loss / len(trainloader))
    test_losses.append(test_loss / len(testloader))
    print("Epoch: {}/{}.. ".format(e + 1, 3),
          "Training Loss: {:.3f}.. ".format(train_losses[-1]),
          "Test Loss: {:.3f}.. ".format(test_losses[-1]),
          "Test Accuracy: {:.3f}".format(accuracy / len(testloader)))
print(test_losses[-1], type(accuracy))
print(ps.sum(1))
