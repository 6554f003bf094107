# "Deep Learning with PyTorch" time-series chapter on synthetic hourly bike data: view into days, one-hot weather.
import torch

g = torch.Generator().manual_seed(1)
hours = 48
bikes = torch.cat([torch.arange(hours).float().unsqueeze(1),
                   torch.randint(1, 5, (hours, 1), generator=g).float(),
                   torch.rand(hours, 2, generator=g),
                   torch.randint(0, 100, (hours, 1), generator=g).float()], dim=1)
print(bikes.shape, bikes.stride())
daily_bikes = bikes.view(-1, 24, bikes.shape[1])
print(daily_bikes.shape, daily_bikes.stride())
daily_bikes = daily_bikes.transpose(1, 2)
print(daily_bikes.shape, daily_bikes.stride())
first_day = bikes[:24].long()
weather_onehot = torch.zeros(first_day.shape[0], 4)
print(first_day[:, 1])
weather_onehot.scatter_(dim=1, index=first_day[:, 1].unsqueeze(1).long() - 1, value=1.0)
print(weather_onehot[:4], weather_onehot.sum(0))
print(torch.cat((bikes[:24], weather_onehot), 1)[:1])
daily_weather_onehot = torch.zeros(daily_bikes.shape[0], 4, daily_bikes.shape[2])
daily_weather_onehot.scatter_(1, daily_bikes[:, 1, :].long().unsqueeze(1) - 1, 1.0)
print(daily_weather_onehot.shape, daily_weather_onehot.sum())
daily_bikes = torch.cat((daily_bikes, daily_weather_onehot), dim=1)
daily_bikes[:, 1, :] = (daily_bikes[:, 1, :] - 1.0) / 3.0
temp = daily_bikes[:, 2, :]
daily_bikes[:, 2, :] = (temp - torch.min(temp)) / (torch.max(temp) - torch.min(temp))
print(daily_bikes.shape, daily_bikes[0, :3, :4])
