# "Deep Learning with PyTorch" ch.7: softmax by hand vs nn.Softmax, LogSoftmax+NLLLoss vs CrossEntropyLoss on fake images.
import torch
import torch.nn as nn
import torch.optim as optim

def softmax(x):
    return torch.exp(x) / torch.exp(x).sum()

x = torch.tensor([1.0, 2.0, 3.0])
print(softmax(x), softmax(x).sum())
softmax_layer = nn.Softmax(dim=1)
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]])
print(softmax_layer(x))
torch.manual_seed(43)
imgs = torch.rand(32, 3, 8, 8)
labels = (imgs[:, 0].mean(dim=(1, 2)) > imgs[:, 2].mean(dim=(1, 2))).long()
n_out = 2
model = nn.Sequential(nn.Linear(3 * 8 * 8, 64), nn.Tanh(), nn.Linear(64, n_out), nn.LogSoftmax(dim=1))
loss = nn.NLLLoss()
out = model(imgs[0].view(-1).unsqueeze(0))
print(out.shape, loss(out, labels[:1]))
optimizer = optim.SGD(model.parameters(), lr=1e-2)
for epoch in range(3):
    for i in range(0, 32, 8):
        outputs = model(imgs[i:i + 8].view(8, -1))
        l = loss(outputs, labels[i:i + 8])
        optimizer.zero_grad()
        l.backward()
        optimizer.step()
    print("Epoch: %d, Loss: %f" % (epoch, float(l)))
model2 = nn.Sequential(nn.Linear(3 * 8 * 8, 64), nn.Tanh(), nn.Linear(64, n_out))
model2[0].load_state_dict(model[0].state_dict())
model2[2].load_state_dict(model[2].state_dict())
print(nn.CrossEntropyLoss()(model2(imgs.view(32, -1)), labels), loss(model(imgs.view(32, -1)), labels))
numel_list = [p.numel() for p in model.parameters() if p.requires_grad == True]
print(sum(numel_list), numel_list)
_, predicted = torch.max(model(imgs.view(32, -1)), dim=1)
print("Accuracy: %f" % ((predicted == labels).sum().item() / 32))
